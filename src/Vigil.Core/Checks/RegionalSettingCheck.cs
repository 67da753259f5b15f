using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Core.Checks;

/// <summary>A check of a regional account-level setting: one finding per account and region, on the ARN
/// arn:aws:SERVICE:REGION:ACCOUNT:SETTING.</summary>
public abstract class RegionalSettingCheck : Check<AccountRegion>
{
    /// <summary>The setting's name in its ARN, e.g. "ebs-encryption-by-default" or "detector".</summary>
    protected abstract string Setting { get; }

    public override ResourceRef Describe(AccountRegion resource) => new(
        $"arn:aws:{Metadata.Service}:{resource.Region}:{resource.AccountId}:{Setting}",
        ResourceTypes.Account,
        $"{Setting} ({resource.Region})",
        resource.Region,
        resource.AccountId);
}
