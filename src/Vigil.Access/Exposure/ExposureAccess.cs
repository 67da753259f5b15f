namespace Vigil.Access.Exposure;

/// <summary>The kinds of access an exposure probe stands for.</summary>
[Flags]
public enum ExposureAccess
{
    None = 0,
    Read = 1,
    List = 2,
    Write = 4,
    /// <summary>Changing who may do what (policies, ACLs, grants) or how the resource is protected (encryption, deletion).</summary>
    Management = 8,
    Any = Read | List | Write | Management,
}
