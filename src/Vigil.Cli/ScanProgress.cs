namespace Vigil.Cli;

/// <summary>One status line on standard error while a scan runs — only when standard error is a terminal, so
/// redirected and captured output stays clean.</summary>
internal sealed class ScanProgress(TextWriter? terminal)
{
    public static ScanProgress For(TextWriter error) =>
        new(error == Console.Error && !Console.IsErrorRedirected ? error : null);

    public static ScanProgress Silent { get; } = new(null);

    /// <summary>Live collection: how many collector runs (service × region) are done.</summary>
    public IProgress<Aws.Collection.CollectionStep> Collection() =>
        new Progress<Aws.Collection.CollectionStep>(s =>
            Step(s.Account is null ? $"Collecting {s.Completed}/{s.Total} ({s.Service} {s.Region})" : $"Collecting account {s.Account}: {s.Completed}/{s.Total} ({s.Service} {s.Region})"));

    public void Step(string message) => terminal?.Write($"\r\u001b[2K{message}…");

    public void Done() => terminal?.Write("\r\u001b[2K");
}
