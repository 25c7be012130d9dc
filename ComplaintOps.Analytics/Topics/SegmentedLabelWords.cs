using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Topics;

/// <summary>Label words from the one tokenizer's word mode: jieba with the banking dictionary for Chinese, whole English words.</summary>
public sealed class SegmentedLabelWords : ILabelWords
{
    public IReadOnlyList<string> Split(string text) => WordSegmenter.LabelWords(text);
}
