using Spectre.Console;
using Vigil.Aws.Collection;

namespace Vigil.Cli;

/// <summary>Progress on standard error while a scan runs — only when standard error is a terminal, so redirected and
/// captured output stays clean: a status line for loading and evaluating, and Spectre.Console progress bars while a
/// live account is collected (one bar per account, naming the service and region that last finished).</summary>
internal sealed class ScanProgress(TextWriter? terminal)
{
    public static ScanProgress For(TextWriter error) =>
        new(error == Console.Error && !Console.IsErrorRedirected ? error : null);

    public static ScanProgress Silent { get; } = new(null);

    /// <summary>Runs a live collection, showing its progress when on a terminal.</summary>
    public async Task<T> CollectingAsync<T>(Func<IProgress<CollectionStep>?, Task<T>> collect)
    {
        if (terminal is null) return await collect(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => collect(new CollectionBars(context)));
    }

    public void Step(string message) => terminal?.Write($"\r\u001b[2K{message}…");

    public void Done() => terminal?.Write("\r\u001b[2K");

    private sealed class CollectionBars(ProgressContext context) : IProgress<CollectionStep>
    {
        private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public void Report(CollectionStep step)
        {
            lock (_lock)
            {
                var account = step.Account ?? "";
                if (!_bars.TryGetValue(account, out var bar)) _bars[account] = bar = context.AddTask(account, maxValue: step.Total);
                bar.MaxValue = step.Total;
                bar.Value = step.Completed;
                var who = step.Account is null ? "Collecting" : $"Account {step.Account}";
                bar.Description = Markup.Escape($"{who}: {step.Service} {step.Region}");
            }
        }
    }
}
