using System.Text.Json.Nodes;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Credentials;

/// <summary>Temporary credentials of a role assumed with sts:AssumeRole through Vigil's own request layer, renewed
/// five minutes before they expire. Meant for scanning the accounts of an organization: the AssumeRole calls go
/// through <paramref name="caller"/> (the identity allowed to assume the role), so they honour --endpoint-url and
/// share its retries and rate limits. A role that cannot be assumed is the <see cref="AwsServiceException"/> of
/// sts:AssumeRole.</summary>
public sealed class AssumedRoleCredentialSource(AwsClient caller, string roleArn, string? externalId, string sessionName, string region, TimeProvider? time = null)
    : ICredentialSource, IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private (SigningCredentials Credentials, DateTimeOffset Expiration)? _current;

    public async ValueTask<SigningCredentials> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } current) return current;
        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } renewed) return renewed;
            var input = new JsonObject { ["RoleArn"] = roleArn, ["RoleSessionName"] = sessionName };
            if (externalId is not null) input["ExternalId"] = externalId;
            var output = await caller.CallAsync("sts", "AssumeRole", input, region, cancellationToken).ConfigureAwait(false);
            var issued = output["Credentials"] ?? throw Invalid("Credentials");
            var credentials = new SigningCredentials(Text(issued, "AccessKeyId"), Text(issued, "SecretAccessKey"), Text(issued, "SessionToken"));
            var expiration = DateTimeOffset.Parse(Text(issued, "Expiration"), System.Globalization.CultureInfo.InvariantCulture);
            _current = (credentials, expiration);
            return credentials;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();

    private SigningCredentials? Fresh() =>
        _current is { } current && _time.GetUtcNow() < current.Expiration - RenewBefore ? current.Credentials : null;

    private string Text(JsonNode issued, string member) => issued[member]?.GetValue<string>() ?? throw Invalid($"Credentials.{member}");

    private AwsServiceException Invalid(string member) =>
        new("sts", region, "AssumeRole", "InvalidResponse", $"the response for {roleArn} has no {member}", 200, null);
}
