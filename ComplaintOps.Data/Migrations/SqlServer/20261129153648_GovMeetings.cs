using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GovMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_Category",
                table: "RootCauseActions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions");

            migrationBuilder.RenameColumn(
                name: "Owner",
                table: "RootCauseActions",
                newName: "OwnerName");

            migrationBuilder.RenameColumn(
                name: "Category",
                table: "RootCauseActions",
                newName: "TargetCode");

            migrationBuilder.AddColumn<Guid>(
                name: "AgendaItemId",
                table: "RootCauseActions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "RootCauseActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Department",
                table: "RootCauseActions",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalatedAtUtc",
                table: "RootCauseActions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "RootCauseActions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MeetingId",
                table: "RootCauseActions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "RootCauseActions",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Progress",
                table: "RootCauseActions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetKind",
                table: "RootCauseActions",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "GovernanceEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    OldValue = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NewValue = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ActorId = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OccurredAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChairId = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ChairName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TopicId = table.Column<int>(type: "int", nullable: true),
                    TopicName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Product = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Department = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Complaints = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ComplaintTotal = table.Column<int>(type: "int", nullable: false),
                    SeriesStart = table.Column<DateOnly>(type: "date", nullable: false),
                    WeeklyCounts = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ActionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Findings = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RootCause = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ResponsibleDepartment = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_ReviewMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "ReviewMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_AgendaItemId",
                table: "RootCauseActions",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_MeetingId",
                table: "RootCauseActions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_Status_DueDate",
                table: "RootCauseActions",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_TargetKind_TargetCode",
                table: "RootCauseActions",
                columns: new[] { "TargetKind", "TargetCode" });

            // Actions made before target kinds: a topic id means a topic target, else the code is a category (see TopicReferences).
            migrationBuilder.Sql("UPDATE \"RootCauseActions\" SET \"TargetKind\" = CASE WHEN \"TopicId\" IS NULL THEN 'Category' ELSE 'Topic' END");

            migrationBuilder.AddCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions",
                sql: "(\"TargetKind\" = 'Topic' AND \"TopicId\" IS NOT NULL AND \"TargetCode\" IS NULL) OR (\"TargetKind\" <> 'Topic' AND \"TopicId\" IS NULL AND \"TargetCode\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Position",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceEvents_ActionId",
                table: "GovernanceEvents",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceEvents_MeetingId",
                table: "GovernanceEvents",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewMeetings_PeriodFrom",
                table: "ReviewMeetings",
                column: "PeriodFrom");

            migrationBuilder.AddForeignKey(
                name: "FK_RootCauseActions_AgendaItems_AgendaItemId",
                table: "RootCauseActions",
                column: "AgendaItemId",
                principalTable: "AgendaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RootCauseActions_ReviewMeetings_MeetingId",
                table: "RootCauseActions",
                column: "MeetingId",
                principalTable: "ReviewMeetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RootCauseActions_AgendaItems_AgendaItemId",
                table: "RootCauseActions");

            migrationBuilder.DropForeignKey(
                name: "FK_RootCauseActions_ReviewMeetings_MeetingId",
                table: "RootCauseActions");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "GovernanceEvents");

            migrationBuilder.DropTable(
                name: "ReviewMeetings");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_AgendaItemId",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_MeetingId",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_Status_DueDate",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_TargetKind_TargetCode",
                table: "RootCauseActions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "AgendaItemId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "Department",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "EscalatedAtUtc",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "MeetingId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "TargetKind",
                table: "RootCauseActions");

            migrationBuilder.RenameColumn(
                name: "TargetCode",
                table: "RootCauseActions",
                newName: "Category");

            migrationBuilder.RenameColumn(
                name: "OwnerName",
                table: "RootCauseActions",
                newName: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_Category",
                table: "RootCauseActions",
                column: "Category");

            migrationBuilder.AddCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions",
                sql: "(\"TopicId\" IS NULL AND \"Category\" IS NOT NULL) OR (\"TopicId\" IS NOT NULL AND \"Category\" IS NULL)");
        }
    }
}
