using Vigil.Aws.Collection;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Cli.Commands;
using Vigil.Core;
using Vigil.Core.Model;

namespace Vigil.Cli.Inputs;

/// <summary>The live AWS input: the options of CONTRACTS.md turned into a collection, and its failures into user errors.</summary>
internal static class LiveInput
{
    public static async Task<Snapshot> CollectAsync(InputRequest request, ScanProgress progress, TextWriter diagnostics, CancellationToken cancellationToken)
    {
        if (request.ExternalId is not null && request.RoleArn is null)
            throw new VigilInputException("--external-id needs --role-arn.");
        if (request.OrganizationRoleName is not null && !request.Organization)
            throw new VigilInputException("--org-role-name needs --organization.");
        if (request.Organization && request.RoleArn is not null)
            throw new VigilInputException("--organization and --role-arn cannot be combined: --organization assumes --org-role-name in each account.");
        Uri? endpoint = null;
        if (request.EndpointUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
            throw new VigilInputException($"--endpoint-url {url} is not an http or https URL.");

        var options = new LiveOptions
        {
            Credentials = new CredentialOptions { Profile = request.Profile, RoleArn = request.RoleArn, ExternalId = request.ExternalId },
            Regions = request.Regions,
            EndpointUrl = endpoint,
            Organization = request.Organization,
            OrganizationRoleName = request.OrganizationRoleName ?? "OrganizationAccountAccessRole",
        };
        try
        {
            var snapshot = await progress.CollectingAsync(bars => LiveEstate.CollectAsync(options with { Progress = bars }, TimeProvider.System, cancellationToken));
            if (CollectionSummary.Describe(snapshot.Errors) is { } summary) await diagnostics.WriteLineAsync($"vigil: {summary}");
            return snapshot;
        }
        catch (AwsCredentialsException e)
        {
            throw new VigilInputException(e.Message);
        }
        catch (AwsServiceException e) when (e.Operation == "GetCallerIdentity" && e.HttpStatus == 0)
        {
            throw new VigilInputException($"could not reach AWS STS to check the credentials ({e.ErrorCode}: {e.ServiceMessage}). Check the network and --endpoint-url, or scan the embedded demo estate with --demo.");
        }
        catch (AwsServiceException e) when (e.Operation == "GetCallerIdentity")
        {
            throw new VigilInputException(
                $"AWS did not accept the credentials (sts:GetCallerIdentity: {e.ErrorCode}: {e.ServiceMessage}). Check the profile or keys, or scan the embedded demo estate with --demo.");
        }
    }
}
