using Vigil.Core.Model;

namespace Vigil.Demo.Parts;

/// <summary>What the demo "collector" could not read: an SCP in the development account denies listing ECR
/// repositories in eu-west-1, so every ECR check reports error there instead of a pass.</summary>
internal sealed class CollectionErrorsPart : IDemoPart
{
    public void Build(DemoEstateBuilder demo) => demo.Error(new CollectionError
    {
        AccountId = DemoAccounts.Dev,
        Service = "ecr",
        Region = DemoAccounts.EuWest1,
        Operation = "DescribeRepositories",
        ErrorCode = "AccessDeniedException",
        Message = "User: arn:aws:sts::444455556666:assumed-role/VigilAudit/scan is not authorized to perform: ecr:DescribeRepositories with an explicit deny in a service control policy",
        ResourceType = ResourceTypes.EcrRepository,
    });
}
