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

    public static string List(IEnumerable<EfsAccessPoint> accessPoints) => string.Join(", ", accessPoints.Select(IdOf));
}
