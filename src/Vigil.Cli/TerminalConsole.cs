using Spectre.Console;

namespace Vigil.Cli;

/// <summary>A Spectre console over a writer: colours and the terminal's width only when it is the real, unredirected terminal.</summary>
internal static class TerminalConsole
{
    public static IAnsiConsole For(TextWriter output)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = terminal ? Math.Max(80, Console.WindowWidth) : 100;
        return console;
    }
}
