using Vigil.Access.Exposure;
using Vigil.Access.Organizations;
using Vigil.Core.Checks;

namespace Vigil.Checks.Policies;

/// <summary>The exposure analysis of Vigil.Access (account labels, the organization's RCPs, the resource-policy
/// analyzer with its compiled-policy cache), built once per scan for the checks that report what it finds.</summary>
internal static class ExposureScopes
{
    public static ExposureScope For(CheckContext context) =>
        context.Index.Computed("access-exposure-scope", snapshot =>
        {
            var labels = new AccountLabels(snapshot, context.Settings.TrustedAccounts);
            var organizations = new OrganizationPolicyReader(snapshot);
            return new ExposureScope(labels, organizations, new ResourcePolicyAnalyzer(labels, organizations, context.Now));
        });
}
