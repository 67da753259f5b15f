using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ssm;

namespace Vigil.Aws.Collectors.Ssm;

/// <summary>The account's own documents (ListDocuments, Owner Self), each with its share permission
/// (DescribeDocumentPermission Share: the account id "all" makes it public).</summary>
internal static class SsmDocumentReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["Filters"] = new JsonArray(new JsonObject { ["Key"] = "Owner", ["Values"] = new JsonArray("Self") }) };
        var documents = await target.ListAsync(sink, "ssm", "ListDocuments", input, "DocumentIdentifiers", ResourceTypes.SsmDocument, cancellationToken).ConfigureAwait(false);
        if (documents is null) return;
        await Task.WhenAll(documents.Select(d => ReadOneAsync(target, sink, d, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode node, CancellationToken cancellationToken)
    {
        var name = node.Text("Name") ?? throw new InvalidDataException("ListDocuments returned a document without Name");
        var document = new SsmDocument
        {
            Arn = $"arn:{target.Partition}:ssm:{target.Region}:{target.AccountId}:document/{name}",
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = node.KeyValueTags(),
            DocumentType = node.Text("DocumentType"),
        };
        var (accounts, failure) = await SharedWithAsync(target, name, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            sink.Add(document with { Unreadable = [nameof(SsmDocument.Public), nameof(SsmDocument.SharedWithAccounts)] });
            sink.Failed(failure, target.AccountId, ResourceTypes.SsmDocument, document.Arn, nameof(SsmDocument.Public));
            sink.Failed(failure, target.AccountId, ResourceTypes.SsmDocument, document.Arn, nameof(SsmDocument.SharedWithAccounts));
            return;
        }
        sink.Add(document with
        {
            Public = accounts.Contains("all", StringComparer.OrdinalIgnoreCase),
            SharedWithAccounts = [.. accounts.Where(a => !a.Equals("all", StringComparison.OrdinalIgnoreCase))],
        });
    }

    /// <summary>The account ids of the Share permission; Vigil's models give DescribeDocumentPermission no paginator, so its
    /// NextToken is followed here.</summary>
    private static async Task<(List<string> Accounts, AwsServiceException? Failure)> SharedWithAsync(CollectionTarget target, string name,
        CancellationToken cancellationToken)
    {
        var accounts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var input = new JsonObject { ["Name"] = name, ["PermissionType"] = "Share" };
            if (token is not null) input["NextToken"] = token;
            var page = await target.DetailAsync("ssm", "DescribeDocumentPermission", input, cancellationToken).ConfigureAwait(false);
            if (page.Failure is { } failure) return ([], failure);
            accounts.AddRange(page.Output.Texts("AccountIds"));
            token = page.Output.Text("NextToken");
            if (token is { Length: > 0 } && !seen.Add(token))
            {
                return ([], new AwsServiceException("ssm", target.Region, "DescribeDocumentPermission", "PaginationLoop",
                    "the service returned the same pagination token twice (NextToken)", 0, null));
            }
        }
        while (token is { Length: > 0 });
        return (accounts, null);
    }
}
