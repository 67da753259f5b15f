namespace Vigil.Cli.Tests;

/// <summary>One in-process run of the command line with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await VigilApp.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void AssertUsageError(string expected)
    {
        Assert.True(ExitCode == 2, $"exit code {ExitCode}; stderr: {Error}");
        Assert.Contains(expected, Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.Equal("", Output);
    }
}
