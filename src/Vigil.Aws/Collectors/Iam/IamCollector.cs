using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>IAM: users, groups, roles, managed policies and instance profiles from GetAccountAuthorizationDetails,
/// each user's access keys and MFA devices, server certificates, and the account's password policy, credential
/// report and root user facts.</summary>
internal sealed class IamCollector : IResourceCollector
{
    private static readonly string[] DetailTypes =
        [ResourceTypes.IamUser, ResourceTypes.IamGroup, ResourceTypes.IamRole, ResourceTypes.IamManagedPolicy, ResourceTypes.IamInstanceProfile];

    public string Service => "iam";
    public bool Regional => false;

    public IReadOnlyList<string> Actions { get; } =
    [
        "iam:GenerateCredentialReport", "iam:GetAccessKeyLastUsed", "iam:GetAccountAuthorizationDetails", "iam:GetAccountPasswordPolicy",
        "iam:GetAccountSummary", "iam:GetCredentialReport", "iam:ListAccessKeys", "iam:ListMFADevices", "iam:ListServerCertificates",
        "iam:ListVirtualMFADevices",
    ];

    internal CredentialReportReader CredentialReports { get; init; } = CredentialReportReader.Default;

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var (client, region) = (target.Client, target.Region);
        // First, as the per-user reads it unlocks are most of IAM's calls.
        var users = CollectEntitiesAsync(target, sink, cancellationToken);
        var report = Read<IReadOnlyList<CredentialReportRow>>.Of(() => CredentialReports.ReadAsync(client, region, cancellationToken));
        var policy = Read<PasswordPolicy>.Of(() => PasswordPolicyReader.ReadAsync(client, region, cancellationToken));
        var summary = Read<JsonObject>.Of(() => client.CallAsync("iam", "GetAccountSummary", null, region, cancellationToken));
        var virtualMfa = Read<IReadOnlyList<JsonNode>>.Of(() => ListAsync(client, "ListVirtualMFADevices", "VirtualMFADevices", region, cancellationToken));
        var certificates = CollectServerCertificatesAsync(target, sink, cancellationToken);
        await Task.WhenAll(report, policy, summary, virtualMfa, certificates, users).ConfigureAwait(false);

        new RootAccountSettings(policy.Result, report.Result, summary.Result, virtualMfa.Result).Record(target, sink);
        var rows = report.Result.Value?.ToDictionary(r => r.Arn, StringComparer.Ordinal);
        sink.AddRange(users.Result.Select(u => UserCredentialsReader.WithReport(u, rows)));
    }

    /// <summary>Adds groups, roles, policies and instance profiles; returns the users, completed with their keys and
    /// MFA devices but not yet with the credential report. Each user's reads start as soon as the page naming the
    /// user arrives: IAM's low request limit makes these reads the longest part of most collections.</summary>
    private static async Task<IReadOnlyList<IamUser>> CollectEntitiesAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var account = target.AccountId;
        var completing = new List<Task<IamUser>>();
        AuthorizationDetails details;
        try
        {
            details = await AuthorizationDetails.ReadAsync(target.Client, target.Region,
                users => completing.AddRange(users.Select(u => UserCredentialsReader.CompleteAsync(IamEntityMapping.User(u, account), target, sink, cancellationToken))),
                cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            // The users of pages read before the failure are dropped with the rest: a partial user list would look complete.
            await Task.WhenAll(completing).ConfigureAwait(false);
            foreach (var type in DetailTypes) sink.Failed(e, target.AccountId, type);
            return [];
        }

        sink.AddRange(details.Groups.Select(g => IamEntityMapping.Group(g, account)));
        sink.AddRange(details.Roles.Select(r => IamEntityMapping.Role(r, account)));
        sink.AddRange(IamEntityMapping.InstanceProfiles(details.Roles, account));
        sink.AddRange(details.Policies.Select(p => IamEntityMapping.Policy(p, account)));
        return await Task.WhenAll(completing).ConfigureAwait(false);
    }

    private static async Task CollectServerCertificatesAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonNode> listed;
        try
        {
            listed = await ListAsync(target.Client, "ListServerCertificates", "ServerCertificateMetadataList", target.Region, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.IamServerCertificate);
            return;
        }
        sink.AddRange(listed.Select(c => new ServerCertificate
        {
            Arn = c.Text("Arn") ?? throw new InvalidDataException("iam:ListServerCertificates returned a certificate without Arn."),
            Name = c.Text("ServerCertificateName") ?? throw new InvalidDataException("iam:ListServerCertificates returned a certificate without ServerCertificateName."),
            AccountId = target.AccountId,
            Expiration = c.Time("Expiration"),
            UploadDate = c.Time("UploadDate"),
        }));
    }

    private static async Task<IReadOnlyList<JsonNode>> ListAsync(AwsClient client, string operation, string resultKey, string region, CancellationToken cancellationToken)
    {
        var items = new List<JsonNode>();
        await foreach (var page in client.PaginateAsync("iam", operation, null, region, cancellationToken).ConfigureAwait(false))
        {
            items.AddRange(page.Items(resultKey));
        }
        return items;
    }
}
