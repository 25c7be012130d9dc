using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RulesAsWritten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "PausedWorkingDays",
                table: "ComplaintClocks",
                newName: "Legal");

            migrationBuilder.RenameColumn(
                name: "PausedCalendarDays",
                table: "ComplaintClocks",
                newName: "ExtensionStages");

            migrationBuilder.AddColumn<int>(
                name: "CallbackAttempts",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "CallbackRecorded",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DecisionBasis",
                table: "Complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionProofOfSending",
                table: "Complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReasons",
                table: "Complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionRemedies",
                table: "Complaints",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DecisionSentAtUtc",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSentVia",
                table: "Complaints",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionVerification",
                table: "Complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FollowUpOpen",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsMajor",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MajorReason",
                table: "Complaints",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginalDepartment",
                table: "Complaints",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceivedAtUtc",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "RegulatorName",
                table: "Complaints",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegulatorReference",
                table: "Complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegulatorReport",
                table: "Complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RegulatorReportedAtUtc",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDecisionReceivedOn",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewOutcome",
                table: "Complaints",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DueCount",
                table: "ComplaintClocks",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ExcludedTicks",
                table: "ComplaintClocks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing rows: clocks counted from registration, so receipt = registration; the old "Standard" profile was the
            // 2012 notice's 15/60 working days; the decision and regulator clocks are the legal ones; a closed case had its callback.
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"ReceivedAtUtc\" = \"RegisteredAtUtc\"");
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"SlaPolicyName\" = 'Bank2012' WHERE \"SlaPolicyName\" = 'Standard'");
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"CallbackRecorded\" = 1 WHERE \"Satisfaction\" IS NOT NULL OR \"Status\" = 'Closed'");
            migrationBuilder.Sql("UPDATE \"ComplaintClocks\" SET \"Legal\" = CASE WHEN \"Kind\" IN ('Resolve', 'Regulator') THEN 1 ELSE 0 END, "
                + "\"ExtensionStages\" = CASE WHEN \"ExtensionDays\" > 0 THEN 1 ELSE 0 END, "
                + "\"DueCount\" = CASE WHEN \"WorkingDays\" IS NOT NULL THEN 'Working' WHEN \"CalendarDays\" IS NOT NULL THEN 'Natural' END");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallbackAttempts",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CallbackRecorded",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionBasis",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionProofOfSending",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionReasons",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionRemedies",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionSentAtUtc",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionSentVia",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DecisionVerification",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "FollowUpOpen",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "IsMajor",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "MajorReason",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "OriginalDepartment",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ReceivedAtUtc",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RegulatorName",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RegulatorReference",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RegulatorReport",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RegulatorReportedAtUtc",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ReviewDecisionReceivedOn",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ReviewOutcome",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "DueCount",
                table: "ComplaintClocks");

            migrationBuilder.DropColumn(
                name: "ExcludedTicks",
                table: "ComplaintClocks");

            migrationBuilder.RenameColumn(
                name: "Legal",
                table: "ComplaintClocks",
                newName: "PausedWorkingDays");

            migrationBuilder.RenameColumn(
                name: "ExtensionStages",
                table: "ComplaintClocks",
                newName: "PausedCalendarDays");
        }
    }
}
