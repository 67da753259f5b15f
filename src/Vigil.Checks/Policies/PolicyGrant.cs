using Vigil.Access.Exposure;

namespace Vigil.Checks.Policies;

/// <summary>Access a resource policy gives outside the trusted accounts: to whom (<see cref="Account"/>: the foreign
/// account, or the foreign organization's id) and the probes the IAM engine allowed.</summary>
internal sealed record PolicyGrant(Grantee Grantee, string? Account, IReadOnlyList<ExposureProbe> Allowed)
{
    public ExposureAccess Access
    {
        get
        {
            var access = ExposureAccess.None;
            foreach (var probe in Allowed) access |= probe.Access;
            return access;
        }
    }

    /// <summary>The allowed probe actions among <paramref name="access"/>, for messages.</summary>
    public string ActionsFor(ExposureAccess access) =>
        string.Join(", ", Allowed.Where(p => (p.Access & access) != 0).Select(p => p.Action));

    public bool IsForeign => Grantee is Grantee.ForeignAccount or Grantee.ForeignOrganization;

    public string Who => Grantee switch
    {
        Grantee.Anyone => "anyone (no credentials needed)",
        Grantee.AnyAwsAccount => "any AWS account",
        Grantee.ForeignOrganization => $"every account of organization {Account}",
        _ => $"account {Account}",
    };
}
