using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Organizations;

namespace Vigil.Aws.Collectors.Organizations;

/// <summary>The organization's SCPs and RCPs: organizations:ListPolicies per type, then each policy's document
/// (DescribePolicy) and targets (ListTargetsForPolicy), concurrently. Only the management account or a delegated
/// administrator may list them: a denied listing is a collection error for AWS::Organizations::Policy; an account in no
/// organization (AWSOrganizationsNotInUseException) has none and that is no error.</summary>
internal static class OrganizationPolicyListing
{
    private static readonly string[] PolicyTypes = [OrganizationPolicy.ServiceControlPolicy, OrganizationPolicy.ResourceControlPolicy];

    public static async Task ReadAsync(AwsClient client, string region, string collectingAccount, CollectionSink sink, CancellationToken cancellationToken)
    {
        var summaries = new List<(JsonNode Summary, string Type)>();
        try
        {
            foreach (var type in PolicyTypes)
            {
                await foreach (var page in client.PaginateAsync("organizations", "ListPolicies", new JsonObject { ["Filter"] = type }, region, cancellationToken).ConfigureAwait(false))
                {
                    summaries.AddRange(page.Items("Policies").Select(summary => (summary, type)));
                }
            }
        }
        catch (AwsServiceException e) when (e.ErrorCode == "AWSOrganizationsNotInUseException")
        {
            return;
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, collectingAccount, ResourceTypes.OrganizationPolicy);
            return;
        }

        var policies = await Task.WhenAll(summaries.Select(s => ReadPolicyAsync(client, region, collectingAccount, s.Summary, s.Type, sink, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(policies.OfType<OrganizationPolicy>());
    }

    private static async Task<OrganizationPolicy?> ReadPolicyAsync(AwsClient client, string region, string collectingAccount, JsonNode summary, string type,
        CollectionSink sink, CancellationToken cancellationToken)
    {
        if (summary.Text("Id") is not { } id || summary.Text("Arn") is not { } arn) return null;
        var account = arn.Split(':') is [_, _, _, _, var owner, ..] && owner.Length == 12 ? owner : collectingAccount;
        var unreadable = new List<string>();
        var documentTask = DocumentAsync(client, region, id, cancellationToken);
        var targetsTask = TargetsAsync(client, region, id, cancellationToken);
        string? document = null;
        IReadOnlyList<string> targets = [];
        try
        {
            document = await documentTask.ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            unreadable.Add(nameof(OrganizationPolicy.Document));
            sink.Failed(e, account, ResourceTypes.OrganizationPolicy, arn, nameof(OrganizationPolicy.Document));
        }

        try
        {
            targets = await targetsTask.ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            unreadable.Add(nameof(OrganizationPolicy.Targets));
            sink.Failed(e, account, ResourceTypes.OrganizationPolicy, arn, nameof(OrganizationPolicy.Targets));
        }

        return new OrganizationPolicy
        {
            Arn = arn,
            Name = summary.Text("Name") ?? id,
            AccountId = account,
            PolicyType = type,
            AwsManaged = summary.Flag("AwsManaged") ?? false,
            Document = document,
            Targets = targets,
            Unreadable = unreadable,
        };
    }

    private static async Task<string?> DocumentAsync(AwsClient client, string region, string id, CancellationToken cancellationToken) =>
        (await client.CallAsync("organizations", "DescribePolicy", new JsonObject { ["PolicyId"] = id }, region, cancellationToken).ConfigureAwait(false))["Policy"]
            .Text("Content");

    private static async Task<IReadOnlyList<string>> TargetsAsync(AwsClient client, string region, string id, CancellationToken cancellationToken)
    {
        var targets = new List<string>();
        await foreach (var page in client.PaginateAsync("organizations", "ListTargetsForPolicy", new JsonObject { ["PolicyId"] = id }, region, cancellationToken).ConfigureAwait(false))
        {
            targets.AddRange(page.Items("Targets").Select(t => t.Text("TargetId")).OfType<string>());
        }

        return targets;
    }
}
