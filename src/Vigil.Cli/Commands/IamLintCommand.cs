using System.CommandLine;
using Vigil.Cli.Iam;
using Vigil.Core;
using Vigil.Iam.Lint;

namespace Vigil.Cli.Commands;

/// <summary>vigil iam lint POLICY.json...: Parliament- and Access Analyzer-style findings for policy files (docs/iam-lint.md).</summary>
internal static class IamLintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("POLICY") { Description = "Policy documents (JSON files) to lint.", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<string?>("--kind") { Description = "identity|resource|trust|scp|boundary (default: detected from each document: a Principal makes it a resource policy, or a trust policy when it grants only sts:AssumeRole*)." };
        kind.AcceptOnlyFromAmong(LintText.Kinds);
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var failOn = new Option<string>("--fail-on") { Description = "Exit with code 1 when a finding at or above this severity exists: error|security-warning|warning|suggestion.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong(LintText.Severities);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the findings to this file instead of standard output." };

        var command = new Command("lint", "Check IAM policy documents: unknown actions and condition keys, resources that fit no action, operator type mismatches, elements the policy kind forbids, risky grants.");
        command.Arguments.Add(files);
        command.Options.Add(kind);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(outputFile);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var forced = parsed.GetValue(kind) is { } k ? LintText.Kind(k) : (LintPolicyKind?)null;
            var linted = new List<LintedFile>();
            foreach (var path in parsed.GetValue(files)!)
            {
                var text = await ReadAsync(path, cancellationToken);
                var policyKind = forced ?? PolicyKindDetector.Detect(text);
                linted.Add(new LintedFile(path, policyKind, forced is null, PolicyLinter.Lint(text, policyKind)));
            }

            var writer = new StringWriter();
            if (parsed.GetValue(format) == "json") LintJsonWriter.Write(linted, writer);
            else LintTableWriter.Write(linted, writer);
            await WriteAsync(writer.ToString(), parsed.GetValue(outputFile), parsed.InvocationConfiguration.Output, cancellationToken);
            var threshold = LintText.Severity(parsed.GetValue(failOn)!);
            return linted.Any(f => f.Findings.Any(x => x.Severity >= threshold)) ? ExitCodes.FailOnThreshold : ExitCodes.Completed;
        });
        return command;
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new VigilInputException($"{path}: cannot read the policy: {e.Message}");
        }
    }

    private static async Task WriteAsync(string text, string? outputFile, TextWriter output, CancellationToken cancellationToken)
    {
        if (outputFile is null)
        {
            await output.WriteAsync(text);
            await output.FlushAsync(cancellationToken);
            return;
        }

        try
        {
            await File.WriteAllTextAsync(outputFile, text, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{outputFile}: cannot write the findings: {e.Message}");
        }
    }
}
