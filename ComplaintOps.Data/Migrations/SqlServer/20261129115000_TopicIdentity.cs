using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TopicIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplaintEmbeddings",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Encoder = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Vector = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintEmbeddings", x => x.ComplaintId);
                    table.ForeignKey(
                        name: "FK_ComplaintEmbeddings_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModelLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ExpiresAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Generation = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ModelVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    TrainedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TrainedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LeaseGeneration = table.Column<long>(type: "bigint", nullable: false),
                    TrainedOn = table.Column<int>(type: "int", nullable: false),
                    Parameters = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Quality = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TookSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelVersions", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "Topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Space = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Size = table.Column<int>(type: "int", nullable: false),
                    Quality = table.Column<double>(type: "float", nullable: false),
                    BornInVersion = table.Column<int>(type: "int", nullable: false),
                    EndedInVersion = table.Column<int>(type: "int", nullable: true),
                    ParentId = table.Column<int>(type: "int", nullable: true),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true),
                    SplitRequested = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModelPayloads",
                columns: table => new
                {
                    ModelVersion = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelPayloads", x => x.ModelVersion);
                    table.ForeignKey(
                        name: "FK_ModelPayloads_ModelVersions_ModelVersion",
                        column: x => x.ModelVersion,
                        principalTable: "ModelVersions",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TopicAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModelVersion = table.Column<int>(type: "int", nullable: false),
                    TopicId = table.Column<int>(type: "int", nullable: true),
                    NearestTopicId = table.Column<int>(type: "int", nullable: true),
                    Similarity = table.Column<float>(type: "real", nullable: false),
                    IsCurrent = table.Column<bool>(type: "bit", nullable: false),
                    AssignedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TopicAssignments_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicAssignments_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TopicEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TopicId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RelatedTopicId = table.Column<int>(type: "int", nullable: true),
                    ModelVersion = table.Column<int>(type: "int", nullable: true),
                    ActorId = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    AtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TopicEvents_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_ComplaintId_ModelVersion",
                table: "TopicAssignments",
                columns: new[] { "ComplaintId", "ModelVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_IsCurrent_TopicId",
                table: "TopicAssignments",
                columns: new[] { "IsCurrent", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_ModelVersion",
                table: "TopicAssignments",
                column: "ModelVersion");

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_TopicId",
                table: "TopicAssignments",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicEvents_TopicId",
                table: "TopicEvents",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_State",
                table: "Topics",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintEmbeddings");

            migrationBuilder.DropTable(
                name: "ModelLeases");

            migrationBuilder.DropTable(
                name: "ModelPayloads");

            migrationBuilder.DropTable(
                name: "TopicAssignments");

            migrationBuilder.DropTable(
                name: "TopicEvents");

            migrationBuilder.DropTable(
                name: "ModelVersions");

            migrationBuilder.DropTable(
                name: "Topics");
        }
    }
}
