namespace Vigil.Iam.Policies;

internal enum PatternKind
{
    Any,
    Exact,
    Prefix,
    Glob,
    SegmentedGlob,
    Variable,
}
