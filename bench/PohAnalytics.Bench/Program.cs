using System.Diagnostics;
using System.Globalization;
using System.Text;
using PohAnalytics.Bench;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Storage.Parquet;

// `worst-cases` feeds the worst inputs of issue 10 through the pipeline and prints each one's outcome and peak memory.
if (args.FirstOrDefault() == "worst-cases") return await WorstCases.RunAllAsync(args.Skip(1).ToList());
if (args.FirstOrDefault() == "worst-case") return await WorstCases.RunOneAsync(args[1]);
// `audit` times the disclosure audit of the demo datasets with every slicer combination (issue 9).
if (args.FirstOrDefault() == "audit") return await DisclosureAudit.RunAsync();
// `analytics --rows N` times what a refresh computes for one N-row dataset against DuckDB counts (issue 12).
if (args.FirstOrDefault() == "analytics") return await AnalyticsBenchmark.RunAsync(args.Skip(1).ToList());
// `refresh --datasets 50` times a full and an incremental refresh of that many datasets in Azurite (issue 12).
if (args.FirstOrDefault() == "refresh") return await RefreshBenchmark.RunAsync(args.Skip(1).ToList());
// `load` drives the published snapshots and filtered views of a running runner on loopback (issue 10).
if (args.FirstOrDefault() == "load") return await ServingLoad.RunAsync(args.Skip(1).ToList());
// `rate` drives paths at fixed request rates (open loop) and checks p99 targets; `upload-to-dashboard` times an upload (issue 12).
if (args.FirstOrDefault() == "rate") return await ConstantRateLoad.RunAsync(args.Skip(1).ToList());
if (args.FirstOrDefault() == "upload-to-dashboard") return await UploadToDashboard.RunAsync(args.Skip(1).ToList());

// `ingest` (also the default) compares the pipeline's ingestion with DuckDB's CSV-to-Parquet copy on the same file (issue 12).
return await IngestBenchmark.RunAsync(args.SkipWhile(a => a == "ingest").ToList());
