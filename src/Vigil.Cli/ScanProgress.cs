namespace Vigil.Cli;

/// <summary>One status line on standard error while a scan runs — only when standard error is a terminal, so
/// redirected and captured output stays clean.</summary>
internal sealed class ScanProgress(TextWriter? terminal)
{
    public static ScanProgress For(TextWriter error) =>
        new(error == Console.Error && !Console.IsErrorRedirected ? error : null);

    public void Step(string message) => terminal?.Write($"\r\u001b[2K{message}…");

    public void Done() => terminal?.Write("\r\u001b[2K");
}
