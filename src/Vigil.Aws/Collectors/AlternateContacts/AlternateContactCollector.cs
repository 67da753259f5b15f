using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.AlternateContacts;

/// <summary>The account's security, operations and billing alternate contacts (Account Management API).</summary>
internal sealed class AlternateContactCollector : IResourceCollector
{
    public string Service => "account";
    public bool Regional => false;
    public IReadOnlyList<string> Actions { get; } = ["account:GetAlternateContact"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var security = ReadAsync(target, "SECURITY", cancellationToken);
        var operations = ReadAsync(target, "OPERATIONS", cancellationToken);
        var billing = ReadAsync(target, "BILLING", cancellationToken);
        await Task.WhenAll(security, operations, billing).ConfigureAwait(false);

        var arn = Core.Model.Account.Account.ArnFor(target.AccountId);
        var unreadable = new List<string>();
        foreach (var (read, property) in new[] { (security.Result, "SecurityContact"), (operations.Result, "OperationsContact"), (billing.Result, "BillingContact") })
        {
            if (read.Failure is null) continue;
            sink.Failed(read.Failure, target.AccountId, ResourceTypes.Account, arn, property);
            unreadable.Add(property);
        }
        sink.UpdateAccount(target.AccountId, account => account with
        {
            SecurityContact = security.Result.Value,
            OperationsContact = operations.Result.Value,
            BillingContact = billing.Result.Value,
            Unreadable = [.. account.Unreadable, .. unreadable],
        });
    }

    /// <summary>One contact; <see cref="AlternateContact.NotRegistered"/> when the account has none of that type.</summary>
    private static Task<Read<AlternateContact>> ReadAsync(CollectionTarget target, string type, CancellationToken cancellationToken) =>
        Read<AlternateContact>.Of(async () =>
        {
            try
            {
                var contact = (await target.Client.CallAsync("account", "GetAlternateContact", new JsonObject { ["AlternateContactType"] = type },
                    target.Region, cancellationToken).ConfigureAwait(false))["AlternateContact"];
                return new AlternateContact
                {
                    Name = contact.Text("Name"),
                    Title = contact.Text("Title"),
                    EmailAddress = contact.Text("EmailAddress"),
                    PhoneNumber = contact.Text("PhoneNumber"),
                };
            }
            catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
            {
                return AlternateContact.NotRegistered;
            }
        });
}
