using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OpportunityMap.Server.Http;

/// <summary>
/// Believes X-Forwarded-For/-Proto/-Host only from the configured proxies (<c>Web:TrustedProxies</c>), so that
/// behind a load balancer each client gets its own rate limit and links name the public scheme and host.
/// </summary>
internal static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, WebOptions web)
    {
        var entries = web.TrustedProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only what is configured here: not even loopback is trusted by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = null;
            foreach (var entry in entries)
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(entry, out var network)
                        ? network
                        : throw new OptionsValidationException(WebOptions.SectionName, typeof(WebOptions),
                            [$"Web:TrustedProxies: '{entry}' is not a CIDR network (e.g. 10.0.0.0/8)."]));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.TryParse(entry, out var address)
                        ? address
                        : throw new OptionsValidationException(WebOptions.SectionName, typeof(WebOptions),
                            [$"Web:TrustedProxies: '{entry}' is not an IP address."]));
                }
            }
        });
        return services;
    }

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }
}
