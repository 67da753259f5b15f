namespace Vigil.Core.Model.Iam;

public sealed record InstanceProfile : Resource
{
    public override string ResourceType => ResourceTypes.IamInstanceProfile;

    public IReadOnlyList<string> RoleArns { get => field ?? []; init; }
}
