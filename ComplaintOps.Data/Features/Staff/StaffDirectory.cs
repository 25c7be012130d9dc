using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Staff;

/// <summary>The starting staff directory, one or more people per role and department, written on first start.</summary>
public static class StaffDirectory
{
    public static IReadOnlyList<StaffMember> Initial()
    {
        var list = new List<StaffMember>
        {
            new("A001", "王芳", "Wang Fang", StaffRole.IntakeAgent, null),
            new("A002", "李娜", "Li Na", StaffRole.IntakeAgent, null),
            new("A003", "Emily Chen", "Emily Chen", StaffRole.IntakeAgent, null),
            new("S001", "赵建国", "Zhao Jianguo", StaffRole.Supervisor, null),
            new("S002", "孙丽华", "Sun Lihua", StaffRole.Supervisor, null),
            new("F001", "周婷", "Zhou Ting", StaffRole.FeedbackAgent, null),
            new("F002", "Grace Liu", "Grace Liu", StaffRole.FeedbackAgent, null),
            new("C001", "钱明", "Qian Ming", StaffRole.Compliance, null),
            new("U001", "吴审计", "Wu Shenji", StaffRole.Auditor, null),
            new("M001", "陈志远", "Chen Zhiyuan", StaffRole.Manager, null),
            new("X001", "马骏", "Ma Jun", StaffRole.Administrator, null),
        };
        string[] surnames = ["张", "刘", "陈", "杨", "黄", "林", "郭", "何", "高", "罗"];
        string[] given = ["伟", "静", "磊", "敏", "洋", "勇", "艳", "杰", "涛", "霞"];
        string[] pinyinSurnames = ["Zhang", "Liu", "Chen", "Yang", "Huang", "Lin", "Guo", "He", "Gao", "Luo"];
        string[] pinyinGiven = ["Wei", "Jing", "Lei", "Min", "Yang", "Yong", "Yan", "Jie", "Tao", "Xia"];
        var n = 0;
        foreach (var dept in Departments.All)
        {
            list.Add(new($"H{dept.Code}0", surnames[n % 10] + given[(n + 3) % 10] + "主任", pinyinSurnames[n % 10] + " " + pinyinGiven[(n + 3) % 10],
                StaffRole.DepartmentHead, dept.Code));
            for (var i = 1; i <= 3; i++)
            {
                var k = n * 3 + i;
                list.Add(new($"H{dept.Code}{i}", surnames[k % 10] + given[(k * 7) % 10], pinyinSurnames[k % 10] + " " + pinyinGiven[(k * 7) % 10],
                    StaffRole.Handler, dept.Code));
            }

            n++;
        }

        return list;
    }
}
