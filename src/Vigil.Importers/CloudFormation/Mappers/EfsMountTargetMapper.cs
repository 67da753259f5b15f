using Vigil.Core.Model.Efs;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EFS::MountTarget: a mount target of the file system it names.</summary>
internal sealed class EfsMountTargetMapper : IResourceMapper
{
    public string Type => "AWS::EFS::MountTarget";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<EfsFileSystem>(r.Value("FileSystemId")) is not { } fileSystem) return;
        var subnet = r.String("MountTargets", "SubnetId") ?? "";
        var target = new EfsMountTarget("fsmt-" + SyntheticIds.Hex(r.Arn, 17), subnet);
        context.Join<EfsFileSystem>(r, fileSystem, "MountTargets", f => f with { MountTargets = [.. f.MountTargets, target] });
    }
}
