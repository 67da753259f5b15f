namespace Vigil.Iam.Conditions;

internal enum SetQualifier
{
    None,
    ForAllValues,
    ForAnyValue,
}
