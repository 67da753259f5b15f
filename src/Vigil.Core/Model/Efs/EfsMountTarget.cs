namespace Vigil.Core.Model.Efs;

public sealed record EfsMountTarget(string MountTargetId, string SubnetId);
