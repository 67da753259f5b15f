namespace Vigil.Core.Responsibilities;

/// <summary>The words of the responsibility matrix's outputs.</summary>
public static class ResponsibilityVocabulary
{
    public static string Text(DutyStatus status) => status switch
    {
        DutyStatus.Pass => "pass",
        DutyStatus.Fail => "fail",
        DutyStatus.Error => "error",
        DutyStatus.Manual => "manual",
        _ => "not-applicable",
    };

    public static string Text(ServiceCategory category) => category switch
    {
        ServiceCategory.Infrastructure => "infrastructure",
        ServiceCategory.Container => "container",
        _ => "abstracted",
    };

    public static string Text(CategoryBasis basis) => basis == CategoryBasis.AwsNamed ? "aws-named" : "derived";
}
