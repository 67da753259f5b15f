using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

/// <summary>Naming helpers for the access-point checks, which report on the file system an access point belongs to.</summary>
internal static class EfsAccessPoints
{
    /// <summary>The access point id (fsap-...) from its ARN.</summary>
    public static string IdOf(EfsAccessPoint accessPoint)
    {
        var slash = accessPoint.AccessPointArn.LastIndexOf('/');
        return slash < 0 ? accessPoint.AccessPointArn : accessPoint.AccessPointArn[(slash + 1)..];
    }

    /// <summary>"Access point fsap-1 of file system fs-1 (name) does not" or "Access points fsap-1, fsap-2 of ... do not".</summary>
    public static string Subject(IReadOnlyList<EfsAccessPoint> accessPoints, EfsFileSystem fileSystem) =>
        (accessPoints.Count == 1 ? "Access point " : "Access points ") + string.Join(", ", accessPoints.Select(IdOf)) +
        $" of file system {fileSystem.FileSystemId} ({fileSystem.Name})" + (accessPoints.Count == 1 ? " does not" : " do not");

    /// <summary>"The access point of file system fs-1 enforces" or "All 3 access points of file system fs-1 enforce".</summary>
    public static string AllEnforce(EfsFileSystem fileSystem) => fileSystem.AccessPoints.Count == 1
        ? $"The access point of file system {fileSystem.FileSystemId} enforces"
        : $"All {fileSystem.AccessPoints.Count} access points of file system {fileSystem.FileSystemId} enforce";
}
