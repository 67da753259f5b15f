using Vigil.Core.Checks;

namespace Vigil.Core.Engine;

/// <summary>The scan-wide analyses of checks that <see cref="ICheck.Prepares"/>: started beside the evaluation, their
/// checks' resources evaluated last.</summary>
internal static class Preparations
{
    public static Task[] Start(IReadOnlyList<ICheck> checks, CheckContext context, CancellationToken cancellationToken) =>
        [.. checks.Where(c => c.Prepares).Select(check => Task.Run(() => Prepare(check, context), cancellationToken))];

    /// <summary>Waits for the analyses (a failed one has already made its check's findings errors, through the check).</summary>
    public static void Finish(Task[] preparations, CancellationToken cancellationToken)
    {
        try
        {
            Task.WaitAll(preparations, cancellationToken);
        }
        catch (AggregateException) when (cancellationToken.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static void Prepare(ICheck check, CheckContext context)
    {
        try
        {
            check.Prepare(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The check's own evaluation meets the same failure and reports it per resource.
        }
    }
}
