namespace ComplaintOps.Analytics.Topics;

/// <summary>Splits a text into the whole words topic labels are made of (jieba for Chinese).</summary>
public interface ILabelWords
{
    IReadOnlyList<string> Split(string text);
}
