using Vigil.Aws.Execution;

namespace Vigil.Aws.Sts;

/// <summary>Calls sts:GetCallerIdentity, the first call of every live scan: it proves the credentials work and
/// names the account.</summary>
public static class CallerIdentityReader
{
    public static async Task<CallerIdentity> GetAsync(AwsClient client, string region, CancellationToken cancellationToken)
    {
        var output = await client.CallAsync("sts", "GetCallerIdentity", null, region, cancellationToken).ConfigureAwait(false);
        string Required(string member) => output[member]?.GetValue<string>()
            ?? throw new AwsServiceException("sts", region, "GetCallerIdentity", "InvalidResponse", $"the response has no {member}", 200, null);
        return new CallerIdentity(Required("Account"), Required("Arn"), Required("UserId"));
    }
}
