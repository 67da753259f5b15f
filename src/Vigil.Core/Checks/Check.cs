using Vigil.Core.Model;

namespace Vigil.Core.Checks;

/// <summary>A pure check over one resource type: no I/O, no clock, no logging.</summary>
public abstract class Check<T> : ICheck where T : Resource
{
    public abstract CheckMetadata Metadata { get; }

    public Type ResourceType => typeof(T);

    public virtual IReadOnlyList<Type> DependsOn => [typeof(T)];

    public virtual IReadOnlyList<string>? Reads => null;

    public abstract CheckOutcome Evaluate(T resource, CheckContext context);

    public virtual ResourceRef Describe(T resource) => ResourceRef.Of(resource);

    public virtual bool Prepares => false;

    public virtual void Prepare(CheckContext context)
    {
    }

    CheckOutcome ICheck.Evaluate(Resource resource, CheckContext context) => Evaluate((T)resource, context);

    ResourceRef ICheck.Describe(Resource resource) => Describe((T)resource);

    protected static CheckOutcome Pass(string? message = null) => CheckOutcome.Pass(message);
    protected static CheckOutcome Pass(ref PassMessageHandler message) => CheckOutcome.Pass(ref message);
    protected static CheckOutcome Fail(string message) => CheckOutcome.Fail(message);
    protected static CheckOutcome Manual(string message) => CheckOutcome.Manual(message);
    protected static CheckOutcome NotApplicable => CheckOutcome.NotApplicable;
}
