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
            // SQLite drops the columns in place: EF's table rebuild would use ActorsOnActions' stored model, which was made on a
            // parallel branch without the personal data lookup columns, and would drop them and their indexes.
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"CallbackAttempts\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"CallbackRecorded\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionBasis\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionProofOfSending\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionReasons\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionRemedies\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionSentAtUtc\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionSentVia\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"DecisionVerification\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"FollowUpOpen\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"IsMajor\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"MajorReason\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"OriginalDepartment\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"ReceivedAtUtc\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"RegulatorName\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"RegulatorReference\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"RegulatorReport\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"RegulatorReportedAtUtc\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"ReviewDecisionReceivedOn\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"ReviewOutcome\";");
            migrationBuilder.Sql("ALTER TABLE \"ComplaintClocks\" DROP COLUMN \"DueCount\";");
            migrationBuilder.Sql("ALTER TABLE \"ComplaintClocks\" DROP COLUMN \"ExcludedTicks\";");

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
