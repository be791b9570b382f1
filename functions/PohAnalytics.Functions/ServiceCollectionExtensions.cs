using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PohAnalytics.Functions;

/// <summary>The one composition root shared by the Functions host and the local runner.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers every application service the function classes need.</summary>
    public static IServiceCollection AddPohAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
