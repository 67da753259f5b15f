using Vigil.Core;
using Vigil.Core.Model;
using Vigil.Importers.Detection;

namespace Vigil.Importers.IamAuthorizationDetails;

/// <summary>Reads the JSON of <c>aws iam get-account-authorization-details</c>: the users, groups, roles, managed
/// policies and instance profiles of one account, as the live IAM collector records them. What that output does
/// not hold (access keys, MFA devices, console password use) is recorded as not collected.</summary>
public sealed class IamAuthorizationDetailsImporter : IImporter
{
    public const string InputKind = "iam-authorization-details";

    private static readonly string[] ListedTypes =
        [ResourceTypes.IamUser, ResourceTypes.IamGroup, ResourceTypes.IamRole, ResourceTypes.IamManagedPolicy, ResourceTypes.IamInstanceProfile];

    public string Kind => InputKind;

    public Task<Snapshot> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pages = AuthorizationDetailsPages.Read(JsonValues.ParseAll(InputFile.ReadAll(path), path), path);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Import(pages, path, options));
    }

    internal static Snapshot Import(AuthorizationDetailsPages pages, string path, ImportOptions options)
    {
        var account = AccountOf(pages, path) ?? options.AccountId;
        var errors = new List<CollectionError>();
        var builder = new SnapshotBuilder();
        builder.AddRange(pages.Users.Select(u => UserCredentials.MarkMissing(IamEntityRecords.User(u, account, path), path, "get-account-authorization-details output", errors)));
        builder.AddRange(pages.Groups.Select(g => IamEntityRecords.Group(g, account, path)));
        builder.AddRange(pages.Roles.Select(r => IamEntityRecords.Role(r, account, path)));
        builder.AddRange(IamEntityRecords.InstanceProfiles(pages.Roles, account, path));
        builder.AddRange(pages.Policies.Select(p => IamEntityRecords.Policy(p, account, path)));
        if (pages.Truncated) errors.AddRange(ListedTypes.Select(type => Truncation(account, type, path, pages.TruncatedAfterMarker)));
        foreach (var error in errors) builder.Error(error);
        return builder.Build();
    }

    /// <summary>The one account the entities' ARNs name; AWS managed policies name the pseudo-account "aws".</summary>
    private static string? AccountOf(AuthorizationDetailsPages pages, string path)
    {
        var accounts = pages.Users.Concat(pages.Groups).Concat(pages.Roles).Concat(pages.Policies)
            .Select(e => e.Text("Arn"))
            .OfType<string>()
            .Select(IamEntityRecords.AccountOf)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (accounts.Count > 1)
            throw new VigilInputException($"{path}: the entities belong to several accounts ({string.Join(", ", accounts)}); an authorization details export covers one account, so give each account's export as its own input.");
        return accounts.FirstOrDefault();
    }

    private static CollectionError Truncation(string account, string type, string path, string? marker) => new()
    {
        AccountId = account,
        Service = "iam",
        Operation = "GetAccountAuthorizationDetails",
        ErrorCode = "ExportTruncated",
        Message = $"the export {path} ends with a page marked IsTruncated{(marker is null ? "" : $" (Marker {marker[..Math.Min(marker.Length, 24)]}...)")}, so later pages are missing",
        ResourceType = type,
    };
}
