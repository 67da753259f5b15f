using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Iam;

internal static class PasswordPolicyReader
{
    /// <summary>The account's password policy; <see cref="PasswordPolicy.NotConfigured"/> when IAM answers NoSuchEntity.</summary>
    public static async Task<PasswordPolicy> ReadAsync(AwsClient client, string region, CancellationToken cancellationToken)
    {
        try
        {
            var policy = (await client.CallAsync("iam", "GetAccountPasswordPolicy", null, region, cancellationToken).ConfigureAwait(false))["PasswordPolicy"];
            return new PasswordPolicy
            {
                MinimumPasswordLength = (int)(policy.Number("MinimumPasswordLength") ?? 0),
                RequireSymbols = policy.Flag("RequireSymbols") ?? false,
                RequireNumbers = policy.Flag("RequireNumbers") ?? false,
                RequireUppercaseCharacters = policy.Flag("RequireUppercaseCharacters") ?? false,
                RequireLowercaseCharacters = policy.Flag("RequireLowercaseCharacters") ?? false,
                AllowUsersToChangePassword = policy.Flag("AllowUsersToChangePassword") ?? false,
                MaxPasswordAge = policy.Number("MaxPasswordAge") is { } age ? (int)age : null,
                PasswordReusePrevention = policy.Number("PasswordReusePrevention") is { } reuse ? (int)reuse : null,
                HardExpiry = policy.Flag("HardExpiry") ?? false,
            };
        }
        catch (AwsServiceException e) when (e.ErrorCode == "NoSuchEntity")
        {
            return PasswordPolicy.NotConfigured;
        }
    }
}
