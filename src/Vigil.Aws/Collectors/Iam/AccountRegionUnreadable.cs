using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Records that one regional account setting could not be read: the failure, and the property named in the
/// region record's Unreadable.</summary>
internal static class AccountRegionUnreadable
{
    public static void Record(CollectionSink sink, CollectionTarget target, string property, AwsServiceException failure)
    {
        sink.Failed(failure, target.AccountId, ResourceTypes.Account, AccountRegion.ArnFor(target.AccountId, target.Region), property);
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { Unreadable = [.. region.Unreadable, property] });
    }
}
