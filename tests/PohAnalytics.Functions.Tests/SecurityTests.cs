using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>Issue 10 (security): headers, CORS, static file allowlist, problems instead of 500s, the upload limit.</summary>
[Collection(RunnerCollection.Name)]
public sealed class SecurityTests(RunnerFixture runner)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/health")]
    [InlineData("/api/datasets/unknown/descriptives")]
    public async Task Dashboard_files_and_api_answers_carry_security_headers_and_no_server_header(string path)
    {
        using var response = await runner.Client.GetAsync(path);

        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{path} has no CSP");
        var policy = string.Join(" ", csp);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        if (!path.StartsWith("/api", StringComparison.Ordinal))
            Assert.Contains("script-src 'self';", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{path} sends Server: {response.Headers.Server}");
    }

    [Fact]
    public async Task Preflight_from_the_allowed_origin_gets_204_with_the_allowed_methods_and_headers()
    {
        using var response = await runner.Client.SendAsync(Preflight(RunnerFixture.AllowedOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(RunnerFixture.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
        var allowedHeaders = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains("x-functions-key", allowedHeaders, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_and_requests_from_another_origin_get_no_cors_allow_header()
    {
        using var preflight = await runner.Client.SendAsync(Preflight("https://evil.example"));
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        get.Headers.Add("Origin", "https://evil.example");
        using var answer = await runner.Client.SendAsync(get);

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/README.md")]
    [InlineData("/package.json")]
    [InlineData("/package-lock.json")]
    [InlineData("/staticwebapp.config.json")]
    [InlineData("/node_modules/x")]
    [InlineData("/node_modules/plotly.js-dist-min/package.json")]
    [InlineData("/node_modules/plotly.js-dist-min/plotly.min.js")]
    public async Task Files_that_are_not_the_dashboard_are_not_served(string path)
    {
        using var response = await runner.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_and_its_vendored_plotly_are_still_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await runner.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await runner.Client.GetAsync("/pages/view.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await runner.Client.GetAsync("/vendor/plotly.min.js")).StatusCode);
    }

    [Theory]
    [InlineData("/api/published")]
    [InlineData("/api/published/")]
    public async Task Published_without_a_path_is_a_4xx_problem_not_a_500(string path)
    {
        using var response = await runner.Client.GetAsync(path);

        await AssertProblemAsync(response, 400);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task Upload_with_a_raw_newline_in_the_multipart_file_name_is_refused_as_a_problem_or_stored_without_it(string newline)
    {
        var boundary = "----poh" + Guid.NewGuid().ToString("N");
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad{newline}name.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nGeslacht;Leeftijd\r\nvrouw;40\r\n# " + Guid.NewGuid() + "\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nNewline test\r\n--{boundary}--\r\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        using var response = await runner.Client.PostAsync("/api/uploads", content);

        if ((int)response.StatusCode >= 400)
        {
            Assert.True((int)response.StatusCode < 500, await response.Content.ReadAsStringAsync());
            await AssertProblemAsync(response, (int)response.StatusCode);
            return;
        }
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString();
        var fileName = (await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}")).GetProperty("fileName").GetString()!;
        Assert.DoesNotContain(fileName, char.IsControl);
        Assert.StartsWith("bad", fileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_with_an_encoded_newline_in_the_file_name_is_accepted_under_a_sanitised_name()
    {
        var csv = Encoding.UTF8.GetBytes($"Geslacht;Leeftijd\r\nvrouw;40\r\n# {Guid.NewGuid()}\r\n");
        using var content = new ByteArrayContent(csv);

        using var response = await runner.Client.PostAsync(
            "/api/uploads?fileName=bad%0A%0Dname.csv&name=Newline%20test&kind=survey&respondentType=poh-ggz", content);

        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString();
        var status = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
        Assert.Equal("bad  name.csv", status.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Body_over_the_upload_limit_is_a_413_problem_naming_the_limit()
    {
        using var content = new ByteArrayContent(new byte[RunnerFixture.UploadLimitBytes + 512 * 1024]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads?fileName=big.csv&name=Big&kind=survey")
        {
            Content = content,
        };
        // The runner answers before reading the body; with 100-continue the client does not send it at all.
        request.Headers.ExpectContinue = true;

        using var response = await runner.Client.SendAsync(request);

        var problem = await AssertProblemAsync(response, 413);
        Assert.Equal(RunnerFixture.UploadLimitBytes, problem.GetProperty("limitBytes").GetInt64());
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString());
        Assert.Contains("drop", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_a_413_problem()
    {
        using var content = new StreamContent(new MemoryStream(new byte[RunnerFixture.UploadLimitBytes + 512 * 1024]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads?fileName=chunked.csv&name=Big&kind=survey")
        {
            Content = content,
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await runner.Client.SendAsync(request);

        var problem = await AssertProblemAsync(response, 413);
        Assert.Equal(RunnerFixture.UploadLimitBytes, problem.GetProperty("limitBytes").GetInt64());
    }

    [Fact]
    public async Task Multipart_upload_over_the_limit_is_a_413_problem()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(new byte[RunnerFixture.UploadLimitBytes + 1024]), "file", "big.csv");
        form.Add(new StringContent("Big"), "name");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        request.Headers.ExpectContinue = true;

        using var response = await runner.Client.SendAsync(request);

        await AssertProblemAsync(response, 413);
    }

    [Fact]
    public async Task Wrong_function_key_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/uploads");
        request.Headers.Add("x-functions-key", RunnerFixture.FunctionKey + "x");
        using var anonymous = new HttpClient { BaseAddress = runner.Client.BaseAddress };

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/uploads");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-functions-key,content-type");
        return request;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
