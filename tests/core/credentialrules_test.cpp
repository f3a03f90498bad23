#include "auth/credentialrules.h"

#include <gtest/gtest.h>

namespace ct {
namespace {

struct NameCase
{
    const char* name;
    const char* problemFragment; ///< empty: acceptable
};

class UserNameRules : public ::testing::TestWithParam<NameCase>
{
};

TEST_P(UserNameRules, AcceptOrExplain)
{
    const QString problem = CredentialRules::userNameProblem(QString::fromUtf8(GetParam().name));
    const QString expected = QString::fromUtf8(GetParam().problemFragment);
    if (expected.isEmpty()) {
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    } else {
        EXPECT_TRUE(problem.contains(expected)) << problem.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Names, UserNameRules,
    ::testing::Values(NameCase {"alice", ""}, NameCase {"a.b_c-9", ""}, NameCase {"", "Enter a user name"},
        NameCase {"ab", "at least 3"}, NameCase {"abcdefghijklmnopqrstuvwxyz0123456", "at most 32"},
        NameCase {"Alice", "lower-case"}, NameCase {"al ice", "no spaces"}, NameCase {"9lives", "start with a letter"},
        NameCase {"_root", "start with a letter"}, NameCase {"김철수", "start with a letter"}));

struct PasswordCase
{
    const char* password;
    const char* user;
    bool acceptable;
    const char* adviceFragment;
};

class PasswordRules : public ::testing::TestWithParam<PasswordCase>
{
};

TEST_P(PasswordRules, AssessesStrength)
{
    const auto& c = GetParam();
    const auto verdict = CredentialRules::assessPassword(QString::fromUtf8(c.password), QString::fromUtf8(c.user));
    EXPECT_EQ(verdict.acceptable, c.acceptable) << c.password << " entropy " << verdict.entropyBits;
    EXPECT_FALSE(verdict.label.isEmpty());
    if (*c.adviceFragment) {
        EXPECT_TRUE(verdict.advice.contains(QString::fromUtf8(c.adviceFragment))) << verdict.advice.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Passwords, PasswordRules,
    ::testing::Values(PasswordCase {"", "alice", false, "Enter a password"},
        PasswordCase {"short1!", "alice", false, "at least 10"},
        PasswordCase {"password123", "alice", false, "easy to guess"},
        PasswordCase {"qwertyuiop1234", "alice", false, "easy to guess"},
        PasswordCase {"alice-is-my-long-name-77", "alice", false, "user name"},
        PasswordCase {"tulip-Ocean-meteor-42", "alice", true, ""}, PasswordCase {"9fK#p2vX!q7Lm@4z", "bob", true, ""},
        PasswordCase {"구름쌍둥이-안전한-비밀번호-2026", "bob", true, ""}));

TEST(PasswordRules, StrengthGrowsWithLength)
{
    const auto weak = CredentialRules::assessPassword(QStringLiteral("tulip"), {});
    const auto strong = CredentialRules::assessPassword(QStringLiteral("tulip-Ocean-meteor-42-quasar-harbor"), {});
    EXPECT_LT(weak.entropyBits, strong.entropyBits);
    EXPECT_LT(weak.strength, strong.strength);
}

} // namespace
} // namespace ct
