using System.Threading.RateLimiting;

namespace OpportunityMap.Server.Http;

/// <summary>
/// The work budget of expensive requests (area summaries, the report, map images, vector tiles, downloads), which
/// opt in with <see cref="WorkBudgets.WithWorkBudget"/>: at most <see cref="WorkOptions.MaxConcurrent"/> run at once; a request
/// waits at most <see cref="WorkOptions.QueueSeconds"/> for its turn, then gets 503 with Retry-After; and it works
/// under <see cref="WorkOptions.TimeoutSeconds"/>: its cancellation token (the handler's, and
/// <see cref="HttpContext.RequestAborted"/>) is cancelled then, or at shutdown, and the work, which checks it, stops
/// with a 503. A response served from the output cache or as 304 never reaches the budget.
/// </summary>
internal sealed class WorkBudget(IOptions<WorkOptions> options, IHostApplicationLifetime lifetime) : IEndpointFilter, IDisposable
{
    public const int RetryAfterSeconds = 2;

    private readonly ConcurrencyLimiter _slots = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrent,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var aborted = http.RequestAborted;
        // While the data warms after start-up (/ready says not ready), requests mostly wait for the artefacts the
        // warm-up is building anyway: taking turns would only turn those waits into 503s. The time limit still holds.
        var warm = (await DataGeneration.ForRequestAsync(http)).IsWarm;
        using var lease = warm ? await EnterAsync(aborted) : FixedLease.Unlimited;
        if (!lease.IsAcquired)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, ProblemMessages.BusyTitle,
                string.Format(CultureInfo.InvariantCulture, ProblemMessages.Busy, RetryAfterSeconds), http);
        }

        using var work = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        work.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        http.RequestAborted = work.Token;
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            if (context.Arguments[i] is CancellationToken)
            {
                context.Arguments[i] = work.Token;
            }
        }

        try
        {
            return await next(context);
        }
        // The budget's own cancellation (its clock, or shutdown), not the client going away. Shutdown is asked of its
        // token directly: work that observed it may finish before the linked token has heard.
        catch (OperationCanceledException) when ((work.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
            && !aborted.IsCancellationRequested)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, ProblemMessages.WorkTimeoutTitle,
                string.Format(CultureInfo.InvariantCulture, ProblemMessages.WorkTimeout, options.Value.TimeoutSeconds), http);
        }
        finally
        {
            // The result (often a streamed body) is written after this filter, on the request's own token.
            http.RequestAborted = aborted;
        }
    }

    public void Dispose() => _slots.Dispose();

    private async ValueTask<RateLimitLease> EnterAsync(CancellationToken aborted)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        wait.CancelAfter(TimeSpan.FromSeconds(options.Value.QueueSeconds));
        try
        {
            return await _slots.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return FixedLease.Refused;
        }
    }

    private static IResult Problem(int status, string title, string detail, HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail, statusCode: status, title: title);
    }

    // A lease that is not the limiter's: a refusal after the wait, or no limit at all.
    private sealed class FixedLease(bool acquired) : RateLimitLease
    {
        public static readonly FixedLease Refused = new(false);

        public static readonly FixedLease Unlimited = new(true);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
