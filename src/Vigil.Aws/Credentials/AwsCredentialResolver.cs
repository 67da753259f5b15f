using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace Vigil.Aws.Credentials;

/// <summary>Finds credentials the way the AWS CLI does, through AWSSDK.Core: environment variables, the shared
/// config and credentials files (profiles, source_profile + role_arn chains, SSO, credential_process), web
/// identity, container and instance metadata; then, with a role ARN, assumes that role through AWSSDK.SecurityToken.
/// The credentials are fetched once here, so a missing or unusable identity is reported before any collection.</summary>
public static partial class AwsCredentialResolver
{
    public const string NoCredentialsAdvice =
        "Configure credentials (environment variables, `aws configure`, `aws sso login`) or name a profile with --profile; " +
        "to try Vigil without an AWS account, scan the demo estate with --demo.";

    public static async Task<ICredentialSource> ResolveAsync(CredentialOptions options, CancellationToken cancellationToken)
    {
        if (options.RoleArn is { } arn && !RoleArnPattern().IsMatch(arn))
        {
            throw new ArgumentException($"--role-arn must be an IAM role ARN (arn:aws:iam::123456789012:role/NAME), got '{arn}'");
        }
        if (options.ExternalId is not null && options.RoleArn is null) throw new ArgumentException("--external-id needs --role-arn");
        var credentials = options.Profile is { } profile ? FromProfile(profile) : FromDefaultChain();
        if (options.RoleArn is { } roleArn)
        {
            credentials = new AssumeRoleAWSCredentials(credentials, roleArn, options.RoleSessionName,
                new AssumeRoleAWSCredentialsOptions { ExternalId = options.ExternalId });
        }
        var source = new SdkCredentialSource(credentials);
        try
        {
            await source.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException)
        {
            var what = options.RoleArn is null ? "AWS credentials could not be loaded" : $"The role {options.RoleArn} could not be assumed";
            throw new AwsCredentialsException($"{what}: {e.Message}. {NoCredentialsAdvice}", e);
        }
        return source;
    }

    /// <summary>The region of the environment (AWS_REGION, AWS_DEFAULT_REGION) or of the profile, if any.</summary>
    public static string? DefaultRegion(string? profile, Func<string, string?> environment)
    {
        if (environment("AWS_REGION") is { Length: > 0 } region) return region;
        if (environment("AWS_DEFAULT_REGION") is { Length: > 0 } defaultRegion) return defaultRegion;
        var name = profile ?? environment("AWS_PROFILE") ?? "default";
        return new CredentialProfileStoreChain().TryGetProfile(name, out var found) ? found.Region?.SystemName : null;
    }

    private static AWSCredentials FromProfile(string profile)
    {
        var chain = new CredentialProfileStoreChain();
        if (!chain.TryGetProfile(profile, out _))
        {
            throw new AwsCredentialsException($"The AWS profile '{profile}' does not exist in the shared config or credentials file. {NoCredentialsAdvice}");
        }
        return chain.TryGetAWSCredentials(profile, out var credentials)
            ? credentials
            : throw new AwsCredentialsException($"The AWS profile '{profile}' has no usable credentials. {NoCredentialsAdvice}");
    }

    private static AWSCredentials FromDefaultChain()
    {
        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException)
        {
            throw new AwsCredentialsException($"No AWS credentials were found. {NoCredentialsAdvice}", e);
        }
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();
}
