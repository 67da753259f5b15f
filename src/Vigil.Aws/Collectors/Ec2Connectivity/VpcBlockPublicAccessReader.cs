using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Ec2Connectivity;

/// <summary>The region's VPC Block Public Access mode (DescribeVpcBlockPublicAccessOptions) into the regional account
/// settings record.</summary>
internal static class VpcBlockPublicAccessReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var result = await target.DetailAsync("ec2", "DescribeVpcBlockPublicAccessOptions", [], cancellationToken).ConfigureAwait(false);
        const string property = nameof(AccountRegion.VpcBlockPublicAccessMode);
        var mode = result.Output?["VpcBlockPublicAccessOptions"].Text("InternetGatewayBlockMode");
        if (result.Failure is { } failure)
        {
            sink.UpdateAccountRegion(target.AccountId, target.Region, r => r with { Unreadable = [.. r.Unreadable, property] });
            sink.Failed(failure, target.AccountId, ResourceTypes.Account, AccountRegion.ArnFor(target.AccountId, target.Region), property);
            return;
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, r => r with { VpcBlockPublicAccessMode = mode });
    }
}
