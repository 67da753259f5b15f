using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Access.WhoCan;

/// <summary>A resource as the snapshot knows it: the record (null when the ARN is not in the input), the account that
/// owns it, its compiled resource policy for the action asked about (null when it has none or none applies), and what
/// could not be read or parsed.</summary>
public sealed record ResourcePolicyInfo(Resource? Resource, string? AccountId, Policy? Policy, IReadOnlyList<string> Problems);
