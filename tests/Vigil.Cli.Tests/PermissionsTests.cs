using System.Text;
using Vigil.Aws.Collection;
using Vigil.Iam;
using Vigil.Iam.Catalog;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary>`vigil permissions` and docs/permissions.md come from the collectors' declared actions; set
/// VIGIL_UPDATE_DOCS=1 to regenerate the page.</summary>
public sealed class PermissionsTests
{
    [Fact]
    public async Task PermissionsCommand_PrintsAParseableReadOnlyPolicy()
    {
        var run = await CliRun.Of("permissions");
        Assert.Equal(0, run.ExitCode);
        var policy = Policy.Parse(run.Output, "vigil permissions");
        foreach (var action in LivePermissions.Actions)
        {
            var request = new AuthorizationRequest { Principal = "arn:aws:iam::111122223333:role/vigil", Action = action, Resource = "*", IdentityPolicies = [policy] };
            Assert.Equal(Decision.Allowed, Evaluator.Evaluate(request).Decision);
        }
        Assert.Contains("sts:GetCallerIdentity", LivePermissions.Actions);
    }

    [Fact]
    public void EveryDeclaredAction_IsAReadOnlyActionOfTheCatalog()
    {
        var problems = new List<string>();
        foreach (var action in LivePermissions.Actions)
        {
            if (!ActionCatalog.BuiltIn.TryGetAction(action, out var found)) problems.Add($"{action} is not an IAM action");
            else if (found.AccessLevel is not (AccessLevel.List or AccessLevel.Read)) problems.Add($"{action} is {found.AccessLevel}, not read-only");
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void PermissionsDocument_MatchesTheCollectors()
    {
        var path = RepositoryRoot.Combine("docs", "permissions.md");
        var expected = Generate();
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/permissions.md is missing; run the tests with VIGIL_UPDATE_DOCS=1");
        Assert.True(File.ReadAllText(path) == expected, "docs/permissions.md is out of date; run the tests with VIGIL_UPDATE_DOCS=1 and commit it");
    }

    private static string Generate()
    {
        var text = new StringBuilder();
        text.AppendLine("# Permissions for live scans");
        text.AppendLine();
        text.AppendLine("Live collection only reads. This page is generated from the actions each collector declares; `vigil permissions`");
        text.AppendLine("prints the same policy. Attach it to a role or user dedicated to Vigil.");
        text.AppendLine();
        text.AppendLine("| collector | service | scope | actions |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine("| (every scan) | sts, ec2 | account | `sts:GetCallerIdentity`, `ec2:DescribeRegions` |");
        foreach (var collector in CollectorCatalog.All)
        {
            var actions = string.Join(", ", collector.Actions.Order(StringComparer.Ordinal).Select(a => $"`{a}`"));
            text.AppendLine($"| {collector.GetType().Name} | {collector.Service} | {(collector.Regional ? "each region" : "account")} | {actions} |");
        }
        text.AppendLine();
        text.AppendLine("```json");
        text.AppendLine(LivePermissions.PolicyDocument());
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("With `--organization`, attach that policy to the role `--org-role-name` names in every account, and allow the calling");
        text.AppendLine("identity (in the management account or a delegated administrator) " +
                        string.Join(" and ", LivePermissions.OrganizationActions.Select(a => $"`{a}`")) + " (on `arn:aws:iam::*:role/ROLE`).");
        text.AppendLine("The organization's SCPs and RCPs and every account's place in it are read once, with the calling identity's");
        text.AppendLine("credentials, so it also needs the actions of OrganizationPolicyCollector above.");
        return text.ToString();
    }
}
