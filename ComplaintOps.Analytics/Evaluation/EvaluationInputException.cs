namespace ComplaintOps.Analytics.Evaluation;

/// <summary>Bad command-line input (missing file, unknown column): reported on stderr with exit code 2.</summary>
public sealed class EvaluationInputException(string message) : Exception(message);
