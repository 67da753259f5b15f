using Vigil.Access.Organizations;

namespace Vigil.Access.Exposure;

/// <summary>What every part of one exposure analysis shares: account labels, the organization's policies per account
/// and the resource-policy analyzer (with its compiled-policy cache).</summary>
public sealed record ExposureScope(AccountLabels Labels, OrganizationPolicyReader Organizations, ResourcePolicyAnalyzer Policies);
