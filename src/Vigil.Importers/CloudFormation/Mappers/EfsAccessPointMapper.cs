using Vigil.Core.Model.Efs;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EFS::AccessPoint: an access point of the file system it names.</summary>
internal sealed class EfsAccessPointMapper : IResourceMapper
{
    public string Type => "AWS::EFS::AccessPoint";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<EfsFileSystem>(r.Value("FileSystemId")) is not { } fileSystem) return;
        r.Known("AccessPoints", "", r.Properties);
        var accessPoint = new EfsAccessPoint
        {
            AccessPointArn = r.Arn,
            RootDirectoryPath = r.String("AccessPoints", "RootDirectory.Path"),
            EnforcesPosixUser = r.Value("PosixUser") is not null,
        };
        context.Join<EfsFileSystem>(r, fileSystem, "AccessPoints", f => f with { AccessPoints = [.. f.AccessPoints, accessPoint] });
    }
}
