using Spectre.Console;
using Vigil.Reports;

namespace Vigil.Cli.Access;

/// <summary>A Spectre console over a writer for the access answers: colours and width from the style.</summary>
internal static class AccessConsole
{
    public static IAnsiConsole Create(TextWriter writer, ReportStyle style)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.Colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = style.Colors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = style.Width;
        return console;
    }
}
